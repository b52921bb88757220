import "server-only"

import { redirect } from "next/navigation"

import type { Locale } from "@/i18n/config"
import { getMemberSession } from "@/lib/data/cooperative"
import type { MemberScope } from "@/lib/data/cooperative-types"

import { loginPath } from "./paths"

/** The signed-in member; anyone else goes to the login page, which brings them back to `page` afterwards. */
export async function requireMember(locale: Locale, page: string): Promise<MemberScope> {
  const session = await getMemberSession()
  if (!session.member) {
    redirect(loginPath(locale, { next: page, ...(session.expired ? { notice: "expired" } : {}) }))
  }
  return session.member
}
