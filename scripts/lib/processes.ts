import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process"
import os from "node:os"

const children = new Set<ChildProcess>()

// Should this process end without stopping its children (a crash, a kill), take them down with it: an
// orphaned backend would keep the port and spin on its closed output.
process.on("exit", () => {
  for (const child of children) {
    if (child.exitCode === null) signalGroup(child, "SIGKILL")
  }
})

export type RunOptions = {
  cwd: string
  env?: NodeJS.ProcessEnv
  label: string
  quiet?: boolean
  /** Sees every output line, e.g. to total test counts. */
  onLine?: (line: string) => void
}

function prefixed(label: string, quiet: boolean, onLine?: (line: string) => void) {
  let buffered = ""
  return (chunk: Buffer) => {
    buffered += chunk.toString()
    const lines = buffered.split("\n")
    buffered = lines.pop() ?? ""
    for (const line of lines) {
      onLine?.(line)
      if (!quiet) {
        process.stdout.write(`\x1b[2m${label.padEnd(10)}│\x1b[0m ${line}\n`)
      }
    }
  }
}

/** Starts a long-running child in its own process group, its output prefixed with a label. */
export function startProcess(
  command: string,
  args: string[],
  { cwd, env, label, quiet = false, onLine }: RunOptions
) {
  const options: SpawnOptions = {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  }
  const child = spawn(command, args, options)
  children.add(child)
  child.stdout?.on("data", prefixed(label, quiet, onLine))
  child.stderr?.on("data", prefixed(label, false, onLine))
  child.on("exit", () => children.delete(child))
  return child
}

/**
 * Puts every running child at the lowest CPU priority, so a browser measured on the same machine gets the
 * cores first; processes they start later inherit it.
 */
export function deprioritizeChildren() {
  for (const child of children) {
    if (child.pid !== undefined && child.exitCode === null) os.setPriority(child.pid, 19)
  }
}

/** Runs a command to completion; rejects with its exit code and label. */
export function run(command: string, args: string[], options: RunOptions) {
  return new Promise<void>((resolve, reject) => {
    const child = startProcess(command, args, options)
    child.on("error", reject)
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${options.label} failed (${signal ?? `exit code ${code}`})`))
    )
  })
}

/** Stops every child we started: SIGTERM to each process group, SIGKILL after a grace period. */
export async function stopAll(graceMs = 8000) {
  const alive = [...children].filter((child) => child.exitCode === null && child.pid)
  for (const child of alive) {
    signalGroup(child, "SIGTERM")
  }
  await Promise.race([
    Promise.all(alive.map((child) => new Promise((resolve) => child.once("exit", resolve)))),
    new Promise((resolve) => setTimeout(resolve, graceMs)),
  ])
  for (const child of alive) {
    if (child.exitCode === null) {
      signalGroup(child, "SIGKILL")
    }
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-(child.pid ?? 0), signal)
  } catch {
    // Already gone.
  }
}

/** Polls a URL until it answers 2xx/3xx, showing elapsed seconds; fails if the child dies first. */
export async function waitForUrl(url: string, child: ChildProcess, label: string, timeoutMs = 180_000) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) {
      throw new Error(`${label} exited (code ${child.exitCode}) before ${url} answered`)
    }
    try {
      const response = await fetch(url, { redirect: "manual" })
      if (response.status < 400) {
        return
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${label} did not answer on ${url} within ${timeoutMs / 1000} s`)
}
