import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import type { StorePairing } from "@/lib/data/types"
import { localized } from "@/lib/util/localized"

/** A pairing and, when it is on a place below the page's region, that place's name. */
export type PlacedPairing = StorePairing & { place?: string }

type PairingListProps = { locale: Locale; pairings: PlacedPairing[]; messages: Messages["region"] }

/** Each donor district helping this place (or the places below it), since when, and what it brought. */
export function PairingList({ locale, pairings, messages }: PairingListProps) {
  if (!pairings.length) return <p className="text-sm text-stone-600">{messages.noPairings}</p>
  const oldestFirst = [...pairings].sort((a, b) => a.since_year - b.since_year)
  return (
    <ul className="space-y-2">
      {oldestFirst.map((pairing) => {
        const note = localized(locale, pairing.note ?? "", pairing.note_en)
        return (
          <li key={pairing.id} className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2">
            <p className="text-sm text-brand-800">
              <span className="font-semibold">
                {localized(locale, pairing.donor.name, pairing.donor.name_en)}
              </span>
              {pairing.place && (
                <span className="ml-1">{format(messages.pairedPlace, { place: pairing.place })}</span>
              )}
              <span className="ml-2 text-brand-700">
                {format(messages.since, { year: pairing.since_year })}
              </span>
            </p>
            {note && <p className="mt-0.5 text-sm text-stone-700">{note}</p>}
          </li>
        )
      })}
    </ul>
  )
}
