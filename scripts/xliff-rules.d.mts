export declare const SAME_IN_EVERY_LANGUAGE: Set<string>;
export declare const REVIEW_STATE: string;
