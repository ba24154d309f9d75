import "./styles/all.css";
import "./styles/builder.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BuilderApp } from "./components/builder/BuilderApp";

/** builder.html: the story builder, a page of its own so the map's pages never load its code or gazetteer. */
const root = document.getElementById("root");
if (root) createRoot(root).render(<StrictMode><BuilderApp siteBase={document.baseURI} /></StrictMode>);
