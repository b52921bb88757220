import { Button, Drawer, Input, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import type { Cooperative } from "../../lib/aid-types"
import { formatDay } from "../../lib/format"
import { useCooperativeMembers, useInviteMember, type MemberInvite } from "../../lib/members"
import { Field } from "../field"
import { EmptyState, ErrorState, LoadingRows } from "../query-state"

type CooperativeMembersProps = { cooperative: Cooperative; onClose: () => void }

const emptyDraft = { email: "", name: "", phone: "" }

/** Who logs in to the cooperative portal for this cooperative, and inviting one more. */
export function CooperativeMembers({ cooperative, onClose }: CooperativeMembersProps) {
  const members = useCooperativeMembers(cooperative.id)
  const [draft, setDraft] = useState(emptyDraft)
  const [invite, setInvite] = useState<MemberInvite | undefined>()
  const send = useInviteMember(cooperative.id, (sent) => {
    setInvite(sent)
    setDraft(emptyDraft)
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    send.mutate({ email: draft.email, name: draft.name, phone: draft.phone.trim() || null })
  }
  const list = members.data?.members ?? []

  return (
    <Drawer open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{`成员 / Members · ${cooperative.name}`}</Drawer.Title>
          <Drawer.Description>
            成员在商城的合作社后台登录 / Members log in to the cooperative portal in the shop
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          {members.isPending ? (
            <LoadingRows rows={2} />
          ) : members.isError ? (
            <ErrorState error={members.error} />
          ) : list.length === 0 ? (
            <EmptyState message="还没有成员 / No members yet" />
          ) : (
            <ul className="divide-y rounded-lg border">
              {list.map((member) => (
                <li key={member.id} className="flex flex-col px-4 py-2">
                  <Text size="small" weight="plus">
                    {member.name}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {[member.email, member.phone, formatDay(member.created_at)].filter(Boolean).join(" · ")}
                  </Text>
                </li>
              ))}
            </ul>
          )}
          <form onSubmit={submit} className="flex flex-col gap-y-4">
            <Field id="member-name" label="姓名 / Name">
              <Input
                id="member-name"
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              />
            </Field>
            <Field id="member-email" label="邮箱 / Email">
              <Input
                id="member-email"
                type="email"
                value={draft.email}
                onChange={(e) => setDraft({ ...draft, email: e.target.value })}
              />
            </Field>
            <Field id="member-phone" label="手机 / Mobile" hint="可不填 / optional">
              <Input
                id="member-phone"
                value={draft.phone}
                onChange={(e) => setDraft({ ...draft, phone: e.target.value })}
              />
            </Field>
            <Button size="small" type="submit" isLoading={send.isPending} className="self-start">
              邀请成员 / Invite member
            </Button>
          </form>
          {invite ? <InviteLink invite={invite} /> : null}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}

/** The one-time link, to pass on by phone or chat when the email does not arrive. */
function InviteLink({ invite }: { invite: MemberInvite }) {
  return (
    <div className="flex flex-col gap-y-2 rounded-lg border bg-ui-bg-subtle p-4">
      <Text size="small" weight="plus">
        {`邀请链接 / Invite link for ${invite.member.email}`}
      </Text>
      <Input
        readOnly
        value={invite.invite.url}
        onFocus={(e) => e.target.select()}
        aria-label="邀请链接 / Invite link"
      />
      <Text size="xsmall" className="text-ui-fg-subtle">
        {`只能使用一次，${formatDay(invite.invite.expires_at)} 前有效 / One use, valid until ${formatDay(invite.invite.expires_at)}`}
      </Text>
      <Button
        size="small"
        variant="secondary"
        type="button"
        className="self-start"
        onClick={() => void navigator.clipboard.writeText(invite.invite.url)}
      >
        复制链接 / Copy link
      </Button>
    </div>
  )
}
