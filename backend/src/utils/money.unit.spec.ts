import { allocate, toMajor, toMinor } from "./money"

describe("money in minor units", () => {
  it("converts exactly and splits by weights with integer maths", () => {
    expect(toMinor(128.5, 2)).toBe(12850)
    expect(toMinor("0.105", 2)).toBe(11)
    expect(toMajor(-4474, 2)).toBe("-44.74")
    expect(toMajor(5, 2)).toBe("0.05")
    expect(toMajor(300, 0)).toBe("300")
    expect(allocate(10000, [13600, 16800])).toEqual([4474, 5526])
    expect(allocate(1, [1, 1, 1])).toEqual([1, 0, 0])
    expect(allocate(100, [0, 0])).toEqual([0, 0])
  })
})
