/** The comment V8 reads as "compile every function in this file eagerly". */
export declare const COMPILE_HINT: string
/** Marks the build's startup chunks under `nextDir` (a `.next` folder); answers the files it changed. */
export declare function addCompileHints(nextDir: string): string[]
