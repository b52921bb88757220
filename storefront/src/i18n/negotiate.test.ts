import { describe, expect, it } from "vitest"

import {
  localeFromPathname,
  localizedRedirectPath,
  matchLocale,
  negotiateLocale,
  switchLocalePath,
} from "./negotiate"

describe("negotiateLocale", () => {
  it("defaults to zh-CN without a header or a supported language", () => {
    expect(negotiateLocale(null)).toBe("zh-CN")
    expect(negotiateLocale("")).toBe("zh-CN")
    expect(negotiateLocale("fr-FR,fr;q=0.9,de;q=0.8")).toBe("zh-CN")
    expect(negotiateLocale("*")).toBe("zh-CN")
  })

  it("picks en when the browser prefers English", () => {
    expect(negotiateLocale("en-US,en;q=0.9")).toBe("en")
    expect(negotiateLocale("en-GB,zh-CN;q=0.5")).toBe("en")
    expect(negotiateLocale("fr,en;q=0.8,zh;q=0.5")).toBe("en")
  })

  it("picks zh-CN for any Chinese variant", () => {
    expect(negotiateLocale("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-CN")
    expect(negotiateLocale("zh-TW")).toBe("zh-CN")
  })

  it("honours quality values over header order", () => {
    expect(negotiateLocale("en;q=0.3,zh-CN;q=0.9")).toBe("zh-CN")
    expect(negotiateLocale("zh-CN;q=0.2, en;q=0.7")).toBe("en")
    expect(negotiateLocale("en;q=0,zh-CN")).toBe("zh-CN")
  })
})

describe("matchLocale", () => {
  it("matches tags case-insensitively and by language", () => {
    expect(matchLocale("zh-cn")).toBe("zh-CN")
    expect(matchLocale("EN")).toBe("en")
    expect(matchLocale("en-AU")).toBe("en")
    expect(matchLocale("ja")).toBeNull()
  })
})

describe("localeFromPathname", () => {
  it("reads a supported locale from the first segment only", () => {
    expect(localeFromPathname("/zh-CN")).toBe("zh-CN")
    expect(localeFromPathname("/en/cooperatives/x")).toBe("en")
    expect(localeFromPathname("/")).toBeNull()
    expect(localeFromPathname("/products/en")).toBeNull()
  })
})

describe("localizedRedirectPath", () => {
  it("leaves paths that already carry a locale alone", () => {
    expect(localizedRedirectPath("/zh-CN", "en")).toBeNull()
    expect(localizedRedirectPath("/en/cooperatives/honey", "zh-CN")).toBeNull()
  })

  it("sends / to the preferred locale", () => {
    expect(localizedRedirectPath("/", "zh-CN")).toBe("/zh-CN")
    expect(localizedRedirectPath("/", "en")).toBe("/en")
  })

  it("prefixes paths without a locale", () => {
    expect(localizedRedirectPath("/cooperatives/honey", "zh-CN")).toBe("/zh-CN/cooperatives/honey")
  })

  it("replaces an unknown or mis-cased locale segment", () => {
    expect(localizedRedirectPath("/fr/products", "zh-CN")).toBe("/zh-CN/products")
    expect(localizedRedirectPath("/en-US/products", "zh-CN")).toBe("/en/products")
    expect(localizedRedirectPath("/zh-cn", "en")).toBe("/zh-CN")
  })
})

describe("switchLocalePath", () => {
  it("keeps the rest of the path when switching language", () => {
    expect(switchLocalePath("/zh-CN", "en")).toBe("/en")
    expect(switchLocalePath("/zh-CN/cooperatives/honey", "en")).toBe("/en/cooperatives/honey")
    expect(switchLocalePath("/en/cooperatives/honey", "zh-CN")).toBe("/zh-CN/cooperatives/honey")
  })

  it("copes with trailing slashes and paths without a locale", () => {
    expect(switchLocalePath("/en/", "zh-CN")).toBe("/zh-CN")
    expect(switchLocalePath("/", "en")).toBe("/en")
    expect(switchLocalePath("/products", "en")).toBe("/en/products")
  })
})
