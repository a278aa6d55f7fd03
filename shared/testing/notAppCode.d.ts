/** Types of notAppCode.js (see there). */
export declare const TEST_FILES: string[]
export declare const BENCH_FILES: string[]
export declare const TESTING_FOLDERS: string[]
export declare const NOT_APP_CODE: string[]
export declare function globToRegExp(glob: string): RegExp
export declare function isNotAppCode(path: string): boolean
