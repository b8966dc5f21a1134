/** Types of bench/stats.mjs. */
export declare function median(xs: number[]): number;
export declare function fitExponent(xs: number[], ys: number[]): number;
