/** The kit's version, stamped on every element it registers (window.fazhi.versions). */
export const VERSION = '0.1.0';
