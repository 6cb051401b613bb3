/**
 * Hashes for the few inline scripts the site needs before first paint (theme), so the Content
 * Security Policy can allow exactly them: Astro hashes its own scripts but not `is:inline` ones.
 */
import { createHash } from 'node:crypto';

/** Hashes already computed: every page asks for the same few scripts' hashes. */
const hashes = new Map<string, `sha256-${string}`>();

/** The CSP source expression (`sha256-…`) that allows an inline script with exactly this text. */
export function scriptHash(code: string): `sha256-${string}` {
  let hash = hashes.get(code);
  if (hash === undefined) {
    hash = `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
    hashes.set(code, hash);
  }
  return hash;
}

/** Sets the stored or system theme on <html> before the first paint. */
export const THEME_SCRIPT = `(()=>{const s=localStorage.getItem('theme');const d=s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches;document.documentElement.classList.toggle('dark',d)})();`;

/** Shows the theme button (hidden without JavaScript) and makes it switch and remember the theme. */
export const THEME_TOGGLE_SCRIPT = `(()=>{const b=document.getElementById('theme-toggle');if(!b)return;const r=document.documentElement;const sync=()=>b.setAttribute('aria-pressed',String(r.classList.contains('dark')));b.hidden=false;sync();b.addEventListener('click',()=>{const d=!r.classList.contains('dark');r.classList.toggle('dark',d);localStorage.setItem('theme',d?'dark':'light');sync()})})();`;

/**
 * Shows the "Copy" buttons of CopyAnswer.astro (hidden without JavaScript, where the read-only text boxes
 * still let the reader select the text) and copies the box's text, saying so in the button's status.
 */
export const COPY_ANSWER_SCRIPT = `(()=>{for(const b of document.querySelectorAll('button[data-copy]')){const t=document.getElementById(b.dataset.copy??'');const s=document.getElementById(b.dataset.copy+'-status');if(!t||!s)continue;b.hidden=false;b.addEventListener('click',async()=>{let ok=true;try{await navigator.clipboard.writeText(t.value)}catch{t.select();ok=document.execCommand('copy')}s.textContent=ok?'Copied':'Selected: press Ctrl+C to copy';setTimeout(()=>{s.textContent=''},4000)})}})();`;
