import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";

export interface PanelTab {
  id: string;
  label: string;
  content: ReactNode;
}

interface PanelTabsProps {
  tabs: readonly PanelTab[];
  current: string;
  onChange: (id: string) => void;
  label: string;
}

/**
 * Tabs for the side panel, following the WAI-ARIA tabs pattern: one Tab stop for the tab list,
 * arrow keys, Home and End move between tabs and show them.
 */
export function PanelTabs({ tabs, current, onChange, label }: PanelTabsProps) {
  const prefix = useId();
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onChange(tabs[next]!.id);
    buttons.current[next]?.focus();
  };
  return (
    <div className="panel-tabs">
      <div role="tablist" aria-label={label} className="panel-tabs__list">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${prefix}-tab-${tab.id}`}
            aria-controls={`${prefix}-panel-${tab.id}`}
            aria-selected={tab.id === current}
            tabIndex={tab.id === current ? 0 : -1}
            className="panel-tabs__tab"
            onClick={() => onChange(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${prefix}-panel-${tab.id}`}
          aria-labelledby={`${prefix}-tab-${tab.id}`}
          className="panel-tabs__panel"
          hidden={tab.id !== current}
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
