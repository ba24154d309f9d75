import { useEffect, useRef, useState, type ReactNode } from "react";
import type { Draft, DraftPlace } from "../../builder/draft";
import { decisionCounts, type DraftAction } from "../../builder/draftActions";
import { BUILDER_KEYS } from "../../state/builderKeys";
import { DraftDetails } from "./DraftDetails";
import { EventsTable } from "./EventsTable";
import { MentionPanel } from "./MentionPanel";
import { MentionText } from "./MentionText";
import { SaveStory } from "./SaveStory";
import { useBuilderKeys } from "./useBuilderKeys";

interface DraftReviewProps {
  draft: Draft;
  onChange: (action: DraftAction) => void;
  selected: number | null;
  onSelect: (mention: number | null) => void;
  onEdit: () => void;
  onStartOver: () => void;
  search: (query: string) => Promise<DraftPlace[]>;
  picking: boolean;
  onPicking: (picking: boolean) => void;
  map: ReactNode;
}

function focusMention(index: number): void {
  document.querySelector<HTMLElement>(`[data-mention="${index}"]`)?.focus();
}

/** A draft under review: the text with its mentions, the map, the selected mention, the events, saving. */
export function DraftReview({ draft, onChange, selected, onSelect, onEdit, onStartOver, search, picking, onPicking, map }: DraftReviewProps) {
  const [confirmingStartOver, setConfirmingStartOver] = useState(false);
  // The button that was pressed (Find places, Keep the draft) is gone: focus comes to the draft's heading.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  const counts = decisionCounts(draft);
  const mention = selected === null ? null : draft.mentions[selected] ?? null;
  const move = (step: number) => {
    if (draft.mentions.length === 0) return;
    const next = selected === null ? (step > 0 ? 0 : draft.mentions.length - 1) : (selected + step + draft.mentions.length) % draft.mentions.length;
    onSelect(next);
    focusMention(next);
  };
  useBuilderKeys((action) => {
    if (action === "next") return move(1);
    if (action === "previous") return move(-1);
    if (action === "stop-placing") return onPicking(false);
    if (selected !== null) onChange({ kind: "decide", mention: selected, decision: action === "accept" ? "accepted" : "rejected" });
  });
  const place = (chosen: DraftPlace) => selected !== null && onChange({ kind: "place", mention: selected, place: chosen });

  return (
    <>
      <div className="builder-toolbar">
        <h2 className="builder-toolbar__title" ref={heading} tabIndex={-1}>{draft.title || "Untitled article"}</h2>
        <p className="builder-toolbar__counts" role="status">
          {draft.mentions.length} place mentions: {counts.accepted} accepted, {counts.rejected} rejected, {counts.proposed} not decided
        </p>
        <button type="button" onClick={() => onChange({ kind: "accept-all" })} disabled={counts.proposed === 0 && draft.events.every((event) => event.decision !== "proposed")}>Accept all not decided</button>
        <button type="button" onClick={onEdit}>Change the text</button>
        {confirmingStartOver
          ? <span className="builder-confirm">Discard this draft? <button type="button" onClick={onStartOver}>Discard</button> <button type="button" onClick={() => setConfirmingStartOver(false)}>Keep it</button></span>
          : <button type="button" onClick={() => setConfirmingStartOver(true)}>Start over</button>}
      </div>
      <DraftDetails draft={draft} onChange={onChange} />
      <div className="builder-review">
        <section className="builder-text" aria-label="The article's text with its place mentions">
          <p className="builder-legend muted">
            <span className="builder-mention builder-mention--proposed">not decided</span> <span className="builder-mention builder-mention--accepted">accepted</span>{" "}
            <span className="builder-mention builder-mention--rejected">rejected</span> <span className="builder-mention builder-mention--proposed builder-mention--unsure">unsure</span>; the small figure is how sure the finder was, in per cent.
          </p>
          <MentionText draft={draft} selected={selected} onSelect={onSelect} />
        </section>
        <div className="builder-side">
          {map}
          <MentionPanel key={selected ?? -1} mention={mention} onDecide={(decision) => selected !== null && onChange({ kind: "decide", mention: selected, decision })} onPlace={place} onClose={() => {
            onSelect(null);
            if (selected !== null) focusMention(selected);
          }} search={search} picking={picking} onPicking={onPicking} />
          <details className="builder-keys">
            <summary>Keyboard</summary>
            <dl>{BUILDER_KEYS.map(({ label, description }) => <div key={label}><dt><kbd>{label}</kbd></dt><dd>{description}</dd></div>)}</dl>
          </details>
        </div>
      </div>
      <section className="builder-events" aria-labelledby="builder-events-heading">
        <h2 id="builder-events-heading">Events</h2>
        <EventsTable draft={draft} onChange={onChange} />
      </section>
      <SaveStory draft={draft} />
    </>
  );
}
