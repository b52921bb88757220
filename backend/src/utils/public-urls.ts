import { uploadedFilesUrl } from "../config/modules"
import { parseEnv } from "../env"

type PublicUrls = { uploadedFiles: string; portal: string }

let urls: PublicUrls | undefined

/** URLs the backend hands out: where uploaded pictures live and the storefront's cooperative portal. */
export function publicUrls(): PublicUrls {
  if (!urls) {
    const env = parseEnv()
    // zh-CN first: members read Chinese; the portal's language switch offers English.
    urls = { uploadedFiles: `${uploadedFilesUrl(env)}/`, portal: `${env.STOREFRONT_URL}/zh-CN/cooperative` }
  }
  return urls
}

/** A link into the portal, e.g. portalLink("invite", { token }) → https://…/zh-CN/cooperative/invite?token=… */
export function portalLink(page: string, query: Record<string, string>): string {
  return `${publicUrls().portal}/${page}?${new URLSearchParams(query).toString()}`
}
