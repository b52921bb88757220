"use client"

import { useRouter } from "next/navigation"
import { useEffect, useState } from "react"

const EVERY_MS = 1500
const TRIES = 20

/** The ledger is written just after the order; re-read the page until it is there, then stop. */
export function LedgerRefresher({ waiting, slow }: { waiting: string; slow: string }) {
  const router = useRouter()
  const [tries, setTries] = useState(0)
  useEffect(() => {
    if (tries >= TRIES) return
    const timer = setTimeout(() => {
      router.refresh()
      setTries((count) => count + 1)
    }, EVERY_MS)
    return () => {
      clearTimeout(timer)
    }
  }, [router, tries])
  return (
    <p role="status" className="flex items-center gap-2 text-sm text-stone-600">
      {tries < TRIES ? (
        <span
          aria-hidden="true"
          className="size-4 animate-spin rounded-full border-2 border-emerald-600 border-t-transparent"
        />
      ) : null}
      {tries < TRIES ? waiting : slow}
    </p>
  )
}
