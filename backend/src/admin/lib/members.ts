import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { errorMessage, retryUnlessClientError } from "./errors"
import { sdk } from "./sdk"

export type CooperativeMember = {
  id: string
  email: string
  name: string
  phone: string | null
  created_at: string
}
export type MemberInvite = {
  member: { id: string; email: string }
  invite: { url: string; expires_at: string }
}
export type InviteBody = { email: string; name: string; phone?: string | null }

const membersKey = (cooperativeId: string) => ["aid", "cooperative-members", cooperativeId] as const

/** The members who log in to the portal for one cooperative. */
export function useCooperativeMembers(cooperativeId: string) {
  return useQuery({
    queryKey: membersKey(cooperativeId),
    retry: retryUnlessClientError,
    queryFn: () =>
      sdk.client.fetch<{ members: CooperativeMember[] }>(`/admin/aid/cooperatives/${cooperativeId}/members`),
  })
}

/** Invites a member; the answer holds the one-time link the member sets a password with (also emailed). */
export function useInviteMember(cooperativeId: string, onInvited: (invite: MemberInvite) => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: InviteBody) =>
      sdk.client.fetch<MemberInvite>(`/admin/aid/cooperatives/${cooperativeId}/members`, {
        method: "POST",
        body,
      }),
    onSuccess: async (invite) => {
      toast.success("邀请已发送 / Invite sent")
      onInvited(invite)
      await queryClient.invalidateQueries({ queryKey: membersKey(cooperativeId) })
    },
    onError: (error) => toast.error("邀请失败 / Could not invite", { description: errorMessage(error) }),
  })
}
