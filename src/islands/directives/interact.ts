/**
 * `client:interact`: hydrates an island the first time the reader points at it, touches it, focuses it
 * or types in it. The server-rendered HTML is already the real form, so nothing moves; only its code
 * (React and the parsers) waits until someone is about to use it, keeping it out of the page load.
 *
 * Text typed while the code loads is kept: React adopts the field as it finds it but does not report
 * its value, so once the island has hydrated the text is handed to it as a normal input event.
 */
import type { ClientDirective } from 'astro';

// pointerover and focusin bubble up from the form's fields; hovering starts the download early, so the
// island is usually ready before the first key press. keydown covers a reader who tabs in and types.
const EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;
type Field = HTMLInputElement | HTMLTextAreaElement;

// React marks the DOM nodes it has adopted with an own property named `__reactProps$<id>`.
const adopted = (field: Field): boolean => Object.keys(field).some((key) => key.startsWith('__reactProps'));

/** Gives React the text typed before hydration, as if it had just been typed (React's change tracking). */
function replayTyping(field: Field): void {
  const text = field.value;
  if (text === field.defaultValue) return;
  const prototype =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  // Setting through the element tells React's tracker the field is empty; the prototype's setter then
  // restores the text without telling it, so the input event reads as a change.
  field.value = field.defaultValue;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, text);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

async function whenAdopted(fields: Field[]): Promise<void> {
  // Hydration commits in a transition, a few frames after hydrate() returns; give up after ~2 s.
  for (let frame = 0; frame < 120 && !fields.every(adopted); frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

const interact: ClientDirective = (load, options, element) => {
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    for (const name of EVENTS) element.removeEventListener(name, start);
    void (async () => {
      const hydrate = await load();
      await hydrate();
      const fields = [...element.querySelectorAll<Field>('input[type="text"], input:not([type]), textarea')];
      await whenAdopted(fields);
      fields.forEach(replayTyping);
    })();
  };
  for (const name of EVENTS) element.addEventListener(name, start, { passive: true });
  // `client:interact="paste"`: a link that brings text for the island (`#paste=…`) means the reader is
  // here to use it, so it hydrates at once and reads the text itself.
  if (typeof options.value === 'string' && location.hash.startsWith(`#${options.value}=`)) start();
};

export default interact;
