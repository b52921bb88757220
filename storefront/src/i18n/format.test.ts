import { describe, expect, it } from "vitest"

import { format } from "./format"

describe("format", () => {
  it("fills named placeholders and leaves unknown ones visible", () => {
    expect(format("共 {count} 件，{missing}", { count: 3 })).toBe("共 3 件，{missing}")
  })
})
