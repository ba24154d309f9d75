import { Fragment, useEffect, useRef } from "react";
import type { Draft } from "../../builder/draft";
import { placeKind, sureness } from "../../builder/placeLabel";

interface MentionTextProps {
  draft: Draft;
  selected: number | null;
  onSelect: (mention: number) => void;
}

/** Below this the finder's choice is marked as one to check. */
export const UNSURE_BELOW = 0.6;

const DECISION_WORDS = { proposed: "not decided", accepted: "accepted", rejected: "rejected" } as const;

/**
 * The article with each place mention highlighted as a button: its colour is the decision, a
 * dotted edge marks an unsure one, and its small figure is how sure the finder was.
 */
export function MentionText({ draft, selected, onSelect }: MentionTextProps) {
  const selectedButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Not the arrow's value: Chromium's scrollIntoView now returns a promise, which React would call as a cleanup.
    selectedButton.current?.scrollIntoView?.({ block: "nearest" });
  }, [selected]);
  const pieces: React.ReactNode[] = [];
  let at = 0;
  draft.mentions.forEach((mention, index) => {
    if (mention.start < at) return;
    pieces.push(<Fragment key={`t${index}`}>{draft.text.slice(at, mention.start)}</Fragment>);
    const percent = Math.round(mention.confidence * 100);
    const details = `${mention.decision === "rejected" ? "not a place" : `${mention.place.name}, ${placeKind(mention.place)}`}, ${sureness(mention.confidence)}, ${DECISION_WORDS[mention.decision]}`;
    pieces.push(
      <button
        key={`m${index}`}
        type="button"
        ref={index === selected ? selectedButton : undefined}
        className={`builder-mention builder-mention--${mention.decision}${mention.confidence < UNSURE_BELOW ? " builder-mention--unsure" : ""}`}
        aria-pressed={index === selected}
        title={details}
        data-mention={index}
        onClick={() => onSelect(index)}
      >
        {mention.text}
        <span className="builder-mention__confidence" aria-hidden="true">{percent}</span>
        {/* Its name starts with the words shown, as speech input needs; the rest is for screen readers. */}
        <span className="visually-hidden">: {details}</span>
      </button>,
    );
    at = mention.end;
  });
  pieces.push(<Fragment key="end">{draft.text.slice(at)}</Fragment>);
  return <div className="mention-text">{pieces}</div>;
}
