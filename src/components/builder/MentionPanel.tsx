import { useId, useState, type FormEvent } from "react";
import type { DraftMention, DraftPlace } from "../../builder/draft";
import { placeCoordinates, placeKind, sureness } from "../../builder/placeLabel";

interface MentionPanelProps {
  mention: DraftMention | null;
  onDecide: (decision: "accepted" | "rejected") => void;
  onPlace: (place: DraftPlace) => void;
  /** Places whose names start with the query; rejects with a message naming the problem. */
  search: (query: string) => Promise<DraftPlace[]>;
  /** Deselects the mention. */
  onClose: () => void;
  /** Whether the next click on the map places the mention. */
  picking: boolean;
  onPicking: (picking: boolean) => void;
}

const CANDIDATES_SHOWN = 8;

function PlaceChoice({ place, chosen, onChoose }: { place: DraftPlace; chosen: boolean; onChoose: () => void }) {
  return (
    <li>
      <button type="button" className="place-choice" aria-pressed={chosen} onClick={onChoose}>
        <strong>{place.name}</strong> <span className="muted">{placeKind(place)}, {placeCoordinates(place)}</span>
      </button>
    </li>
  );
}

/** The selected mention: what it stands for, the reader's decision, and the ways to place it elsewhere. */
export function MentionPanel({ mention, onDecide, onPlace, onClose, search, picking, onPicking }: MentionPanelProps) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<{ query: string; places: DraftPlace[] } | null>(null);
  const [searching, setSearching] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!mention) return <section className="mention-panel"><p className="muted">Select a highlighted name in the text (or press J) to check the place it stands for.</p></section>;

  const find = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim() === "") return;
    setProblem(null);
    setSearching(query);
    search(query).then(
      (places) => setFound({ query, places }),
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    ).finally(() => setSearching(null));
  };
  const others = mention.candidates.slice(0, CANDIDATES_SHOWN);
  return (
    // On a phone it is a sheet over the foot of the screen, so the text stays in view above it.
    <section className="mention-panel mention-panel--open" aria-labelledby={`${id}-heading`}>
      <div className="mention-panel__head">
        <h2 id={`${id}-heading`}>“{mention.text}”</h2>
        <button type="button" onClick={onClose}>Close</button>
      </div>
      <p>
        {mention.decision === "rejected" ? "Rejected: left out of the story. " : ""}
        Stands for <strong>{mention.place.name}</strong>, {placeKind(mention.place)} ({placeCoordinates(mention.place)}).{" "}
        <span className="muted">The finder was {sureness(mention.confidence)}.</span>
      </p>
      <div className="mention-panel__decide">
        <button type="button" className="builder-accept" aria-pressed={mention.decision === "accepted"} onClick={() => onDecide("accepted")}>Accept <kbd>A</kbd></button>
        <button type="button" className="builder-reject" aria-pressed={mention.decision === "rejected"} onClick={() => onDecide("rejected")}>Reject <kbd>R</kbd></button>
        <button type="button" aria-pressed={picking} onClick={() => onPicking(!picking)}>{picking ? "Click the map… (Escape stops)" : "Place it on the map"}</button>
      </div>
      {others.length > 1 && (
        <>
          <h3>Places of this name</h3>
          <ul className="place-choices">
            {others.map((place) => <PlaceChoice key={place.id} place={place} chosen={place.id === mention.place.id} onChoose={() => onPlace(place)} />)}
          </ul>
          {mention.candidates.length > CANDIDATES_SHOWN && <p className="muted">and {mention.candidates.length - CANDIDATES_SHOWN} more; search for the one you mean.</p>}
        </>
      )}
      <form className="mention-panel__search" role="search" onSubmit={find}>
        <label>Search the gazetteer <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="A place's name" /></label>
        <button type="submit">Search</button>
      </form>
      {problem && <p className="builder-problem" role="alert">{problem}</p>}
      <p className="muted" role="status">
        {searching !== null ? `Searching for “${searching}”…` : found && (found.places.length === 0 ? `No place in the gazetteer is called “${found.query}”. Place it on the map instead.` : `${found.places.length} found for “${found.query}”.`)}
      </p>
      {found && found.places.length > 0 && <ul className="place-choices" aria-label="Places found">{found.places.map((place) => <PlaceChoice key={place.id} place={place} chosen={place.id === mention.place.id} onChoose={() => onPlace(place)} />)}</ul>}
    </section>
  );
}
