/**
 * Copies text from a click in the tooltip. The async Clipboard API needs a secure context; on
 * plain-http pages fall back to execCommand on a textarea inside our own shadow root, so the page's
 * DOM and selection are never touched.
 */
export async function copyText(text: string, scratch: ShadowRoot): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (no user activation, permissions policy): try the fallback below.
  }
  const area = scratch.ownerDocument.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.setProperty('position', 'fixed');
  area.style.setProperty('opacity', '0');
  scratch.append(area);
  area.select();
  try {
    return scratch.ownerDocument.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
