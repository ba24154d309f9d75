interface TilesToggleProps {
  on: boolean;
  onToggle: () => void;
}

/** Switches OpenStreetMap's online tiles over the offline basemap on and off. */
export function TilesToggle({ on, onToggle }: TilesToggleProps) {
  return (
    <button
      type="button"
      className="map-control__button map-action"
      aria-pressed={on}
      onClick={onToggle}
      title={on ? "Hide OpenStreetMap's online tiles" : "Show OpenStreetMap's online tiles over the offline map"}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path d="M8 1.5 14.5 5 8 8.5 1.5 5z" fill={on ? "currentColor" : "none"} stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
        <path d="M1.5 8.5 8 12l6.5-3.5M1.5 11.5 8 15l6.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
      <span className="map-action__label">Online map tiles</span>
    </button>
  );
}
