import js from "@eslint/js"
import tseslint from "typescript-eslint"

// One flat config for the repo's scripts and cross-app tests; the apps add their own rules on top.
export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/.medusa/**", "**/.next/**", ".data/**", "tests/artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-explicit-any": "error",
    },
  }
)
