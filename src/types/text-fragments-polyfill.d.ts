/**
 * Types for the part of text-fragments-polyfill we use (the package ships
 * plain JavaScript): the generator that finds a unique text fragment for a
 * selected range.
 */
declare module 'text-fragments-polyfill/dist/fragment-generation-utils.js' {
  export const GenerateFragmentStatus: {
    SUCCESS: 0;
    INVALID_SELECTION: 1;
    AMBIGUOUS: 2;
    TIMEOUT: 3;
    EXECUTION_FAILED: 4;
  };
  export interface GeneratedFragment {
    textStart: string;
    textEnd?: string;
    prefix?: string;
    suffix?: string;
  }
  export function generateFragmentFromRange(range: Range): {
    status: number;
    fragment?: GeneratedFragment;
  };
}
