import Form from "next/form"

import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"

import type { FilterChoices, FilterOption, FilterOptionGroup } from "../lib/filter-options"
import type { ListingFilters } from "../lib/listing-params"

const fieldClassName =
  "mt-1 block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 text-sm text-stone-900 focus:border-brand-600 focus:outline-2 focus:outline-brand-600"
const labelClassName = "block text-sm font-medium text-stone-800"

type SelectProps = {
  id: string
  name: string
  label: string
  anyLabel: string
  value: string | undefined
  options?: FilterOption[]
  groups?: FilterOptionGroup[]
}

function Select({ id, name, label, anyLabel, value, options = [], groups = [] }: SelectProps) {
  return (
    <div>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={fieldClassName}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  )
}

type FilterFormProps = {
  locale: Locale
  filters: ListingFilters
  choices: FilterChoices
  messages: Messages["listing"]
  /** The form is rendered twice (phone drawer, desktop sidebar); ids must differ. */
  idPrefix: string
}

/** A plain GET form: works without JS; with JS, next/form turns the submit into a client navigation. */
export function FilterForm({ locale, filters, choices, messages, idPrefix }: FilterFormProps) {
  const id = (name: string) => `${idPrefix}-${name}`
  return (
    <Form action={`/${locale}/products`} className="space-y-4">
      <Select
        id={id("region")}
        name="region"
        label={messages.region}
        anyLabel={messages.any}
        value={filters.region}
        options={choices.regions}
      />
      <Select
        id={id("county")}
        name="county"
        label={messages.county}
        anyLabel={messages.any}
        value={filters.county}
        groups={choices.counties}
      />
      <Select
        id={id("cooperative")}
        name="cooperative"
        label={messages.cooperative}
        anyLabel={messages.any}
        value={filters.cooperative}
        groups={choices.cooperatives}
      />
      <Select
        id={id("kind")}
        name="kind"
        label={messages.kind}
        anyLabel={messages.any}
        value={filters.kind}
        options={choices.kinds}
      />
      <fieldset>
        <legend className={labelClassName}>{messages.price}</legend>
        <div className="mt-1 grid grid-cols-2 gap-2">
          {(["price_min", "price_max"] as const).map((name) => (
            <div key={name}>
              <label htmlFor={id(name)} className="sr-only">
                {name === "price_min" ? messages.priceMin : messages.priceMax}
              </label>
              <input
                id={id(name)}
                name={name}
                type="number"
                inputMode="decimal"
                min={0}
                step={0.01}
                placeholder={name === "price_min" ? messages.priceMin : messages.priceMax}
                defaultValue={filters[name] ?? ""}
                className={`${fieldClassName} mt-0`}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <div className="flex min-h-11 items-center gap-2">
        <input
          id={id("certified")}
          name="certified"
          type="checkbox"
          value="1"
          defaultChecked={filters.certified === true}
          className="size-6 rounded border-stone-400 accent-brand-600"
        />
        <label htmlFor={id("certified")} className="text-sm text-stone-800">
          {messages.certified}
        </label>
      </div>
      <div>
        <label htmlFor={id("sort")} className={labelClassName}>
          {messages.sort}
        </label>
        <select id={id("sort")} name="sort" defaultValue={filters.sort} className={fieldClassName}>
          <option value="newest">{messages.sortNewest}</option>
          <option value="price_asc">{messages.sortPriceAsc}</option>
          <option value="price_desc">{messages.sortPriceDesc}</option>
        </select>
      </div>
      <button
        type="submit"
        className="inline-flex min-h-11 w-full items-center justify-center rounded-full bg-brand-600 px-6 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        {messages.apply}
      </button>
    </Form>
  )
}
