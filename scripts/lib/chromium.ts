import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"

const CHROMIUM = "/usr/bin/chromium"

/**
 * The e2e tests drive Debian's Chromium (nothing downloads a browser at run time). On a fresh machine,
 * as root, install it with the CJK fonts the screenshots need; otherwise say what is missing.
 */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return
  if (process.getuid?.() !== 0) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)`)
  }
  console.log("Installing Debian's chromium and fonts-noto-cjk for the e2e tests …")
  const install = ["install", "-y", "--no-install-recommends", "chromium", "fonts-noto-cjk"]
  const apt = (args: string[]) =>
    execFileSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    })
  try {
    apt(install)
  } catch {
    // A fresh machine may have no package lists yet.
    apt(["update"])
    apt(install)
  }
}
