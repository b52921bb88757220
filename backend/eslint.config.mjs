import root from "../eslint.config.mjs"

export default [...root, { ignores: ["src/admin/**/*.d.ts", "src/modules/**/migrations/**"] }]
