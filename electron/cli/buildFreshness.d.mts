/** Types of buildFreshness.mjs (plain JavaScript, so bin.mjs can load it uncompiled). */
export declare const BUILD_STAMP: string;
export declare const CLI_BUNDLE: string;
export declare const CLI_SOURCES: readonly string[];
export declare const APP_SOURCES: readonly string[];
export declare function newestSourceTime(root: string, sources: readonly string[]): number;
export declare function buildStartedAt(root: string): number | undefined;
export declare function isBuildFresh(
  root: string,
  sources: readonly string[],
  artifact: string,
): boolean;
export declare function writeBuildStamp(root: string, startedAtMs: number): void;
