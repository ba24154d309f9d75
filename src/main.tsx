import "./styles/all.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { rememberInUrl, type Surface } from "./components/surface";
import { readUrlState } from "./state/urlOptions";

const root = document.getElementById("root");
if (root) {
  const surface: Surface = {
    kind: "app",
    options: readUrlState(window.location.href),
    siteBase: document.baseURI,
    remember: rememberInUrl,
    channel: null,
    fullMapHref: null,
  };
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App surface={surface} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
