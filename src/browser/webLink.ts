/** Only http(s) URLs become links out of the app: never `javascript:` or `data:`. */
export const isWebLink = (href: string | undefined): href is string => href !== undefined && /^https?:\/\//i.test(href);
