export const SAME_IN_EVERY_LANGUAGE: Set<string>;
export const REVIEW_STATE: string;
export function checkXliff(localeXml: string, sourceIds: string[]): string[];
export function messageIds(xml: string): string[];
