import { useId, useRef, useState } from "react";
import type { RenderOptions, Theme } from "../state/urlOptions";
import {
  clampEmbedHeight, EMBED_HEIGHT, EMBED_SANDBOX, elementSnippet, embedHref, iframeSnippet, initialEmbedOptions, shareLink,
  type EmbedOptions,
} from "../embed/snippets";
import { ModalDialog } from "./ModalDialog";

/** A taller embed is previewed cut to this height, so the dialog still fits a phone's screen. */
const PREVIEW_MAX_HEIGHT = 360;

const THEME_CHOICES: readonly { value: Theme; label: string }[] = [
  { value: "auto", label: "Follow the reader's system" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

const RENDER_CHOICES: readonly { name: keyof RenderOptions; label: string }[] = [
  { name: "panel", label: "Show the side panel" },
  { name: "controls", label: "Show map buttons" },
  { name: "static", label: "Fixed view (no panning or zooming)" },
  { name: "title", label: "Show the headline" },
];

/**
 * "Share and embed": a link to the current view, the embed's look with a live preview, and the
 * code that puts it on another site. A native modal dialog, as the keyboard shortcuts are.
 */
export function ShareDialog({ appHref, storyTitle, onClose }: { appHref: string; storyTitle: string; onClose: () => void }) {
  const id = useId();
  const [look, setLook] = useState<Omit<EmbedOptions, "height">>(() => initialEmbedOptions(appHref));
  // The field's own text, so the reader can clear it while typing; the snippets use it clamped.
  const [heightText, setHeightText] = useState(String(EMBED_HEIGHT.initial));
  const options: EmbedOptions = { ...look, height: Number(heightText) };
  const height = clampEmbedHeight(options.height);
  return (
    <ModalDialog className="share-dialog" labelledBy={`${id}-title`} onClose={onClose}>
      <div className="share-body">
        <div className="share-head">
          <h2 id={`${id}-title`}>Share and embed</h2>
          <button type="button" autoFocus className="share-close" onClick={onClose} aria-label="Close share and embed">×</button>
        </div>
        <section className="share-section">
          <h3 id={`${id}-link`}>Link to this view</h3>
          <CopyField value={shareLink(appHref)} labelledBy={`${id}-link`} buttonLabel="Copy link" />
        </section>
        <div className="share-columns">
          <section className="share-section">
            <h3>Embed options</h3>
            <fieldset className="share-choices">
              <legend>Theme</legend>
              {THEME_CHOICES.map((choice) => (
                <label key={choice.value}>
                  <input type="radio" name={`${id}-theme`} value={choice.value} checked={look.theme === choice.value} onChange={() => setLook({ ...look, theme: choice.value })} />
                  {choice.label}
                </label>
              ))}
            </fieldset>
            <fieldset className="share-choices">
              <legend>Layout</legend>
              {RENDER_CHOICES.map((choice) => (
                <label key={choice.name}>
                  <input type="checkbox" checked={look[choice.name]} onChange={(event) => setLook({ ...look, [choice.name]: event.target.checked })} />
                  {choice.label}
                </label>
              ))}
            </fieldset>
            <label className="share-height">
              Height in pixels ({EMBED_HEIGHT.min} to {EMBED_HEIGHT.max})
              <input type="number" min={EMBED_HEIGHT.min} max={EMBED_HEIGHT.max} value={heightText} onChange={(event) => setHeightText(event.target.value)} />
            </label>
          </section>
          <section className="share-section share-preview">
            <h3>Preview</h3>
            <iframe
              src={embedHref(appHref, look)}
              title="Preview of the embed"
              loading="lazy"
              sandbox={EMBED_SANDBOX}
              style={{ height: `${Math.min(height, PREVIEW_MAX_HEIGHT)}px` }}
            />
            {height > PREVIEW_MAX_HEIGHT && <p className="share-note">Shown {PREVIEW_MAX_HEIGHT} pixels tall here; the embed is {height}.</p>}
          </section>
        </div>
        <section className="share-section">
          <h3 id={`${id}-iframe`}>Embed with an iframe</h3>
          <CopyField value={iframeSnippet(appHref, storyTitle, options)} labelledBy={`${id}-iframe`} buttonLabel="Copy iframe code" multiline />
        </section>
        <section className="share-section">
          <h3 id={`${id}-element`}>Embed without an iframe (web component)</h3>
          <CopyField value={elementSnippet(appHref, options)} labelledBy={`${id}-element`} buttonLabel="Copy web component code" multiline />
        </section>
      </div>
    </ModalDialog>
  );
}

type CopyOutcome = "copied" | "by hand";

/**
 * A read-only field and a button that copies it. Where the clipboard refuses (no permission, an
 * insecure page, an old browser) the text is selected instead, so one key press copies it.
 */
function CopyField({ value, labelledBy, buttonLabel, multiline = false }: { value: string; labelledBy: string; buttonLabel: string; multiline?: boolean }) {
  // Typed as both so one ref fits either element; only focus() and select(), which both have, are used.
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // Kept with the text it was about, so changing an option clears a "Copied" that no longer holds.
  const [outcome, setOutcome] = useState<{ of: string; outcome: CopyOutcome } | null>(null);
  const copy = async () => {
    const copied = await writeToClipboard(value);
    if (!copied) {
      field.current?.focus();
      field.current?.select();
    }
    setOutcome({ of: value, outcome: copied ? "copied" : "by hand" });
  };
  const shown = outcome?.of === value ? outcome.outcome : null;
  const fieldProps = { ref: field, value, readOnly: true, "aria-labelledby": labelledBy, className: "share-field", spellCheck: false };
  return (
    <div className="share-copy">
      {multiline ? <textarea rows={4} {...fieldProps} /> : <input type="text" {...fieldProps} />}
      <div className="share-copy__actions">
        <button type="button" className="share-button" onClick={() => void copy()}>{buttonLabel}</button>
        <span role="status" className="share-status">
          {shown === "copied" && "Copied"}
          {shown === "by hand" && "Press Ctrl+C (⌘C on a Mac) to copy"}
        </span>
      </div>
    </div>
  );
}

/** True once the text is on the clipboard; false where there is no clipboard or it refused. */
async function writeToClipboard(text: string): Promise<boolean> {
  // Missing on pages that are not a secure context, though the DOM types say it is always there.
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
