// @ts-check
import js from "@eslint/js"
import { defineConfig, globalIgnores } from "eslint/config"
import nextPlugin from "@next/eslint-plugin-next"
import reactHooks from "eslint-plugin-react-hooks"
import tseslint from "typescript-eslint"

export default defineConfig(
  globalIgnores([".next/**", "next-env.d.ts"]),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  reactHooks.configs.flat.recommended,
  nextPlugin.configs["core-web-vitals"],
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // Template literals with numbers are fine (`${count} items`); objects and nullish values are not.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
    },
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      // Tests narrow freely after asserting.
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  // Build scripts are plain ESM run by Node, outside the app's tsconfig: no type-aware rules.
  { files: ["scripts/*.mjs"], ...tseslint.configs.disableTypeChecked }
)
