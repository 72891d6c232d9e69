/**
 * The subscribe link for a feed URL: calendar apps on phones and Macs open `webcal://` links and
 * offer to subscribe, where an https link would just download the file once.
 */
export function toWebcalUrl(url: string): string {
  return url.replace(/^https?:\/\//i, 'webcal://');
}
