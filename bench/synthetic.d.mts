/** Types of bench/synthetic.mjs (the generator stays plain JavaScript so `npm run bench` needs no build of its own). */
export declare function generateApp(n: number): Record<string, string>;
export declare function writeApp(dir: string, files: Record<string, string>): void;
