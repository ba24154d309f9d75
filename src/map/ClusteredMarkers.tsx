import { LayerGroup, Marker, latLng, type LatLng, type LatLngTuple, type LeafletKeyboardEvent } from "leaflet";
import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import { prefersReducedMotion } from "../browser/mediaQueries";
import { clusterName } from "../geo/clusterCount";
import { diffClusters, type ClusterItem } from "../geo/clusterPoints";
import { takeClusterSource } from "../geo/clusterSource";
import type { Place } from "../story/model";
import { clusterIcon } from "./clusterIcon";
import { placeIcon } from "./placeIcon";

/** How far past each edge of the view, as a share of its size, markers are drawn: a short pan shows no gap. */
const VIEW_MARGIN = 0.2;
/** Like a briefing step's flight (useViewSync): quick, and a jump for readers who prefer less motion. */
const FLIGHT_SECONDS = 0.6;

interface ClusteredMarkersProps {
  places: readonly Place[];
  selectedId: string | null;
  onSelect: (placeId: string, at: LatLngTuple) => void;
}

const opens = (event: LeafletKeyboardEvent) => event.originalEvent.key === "Enter" || event.originalEvent.key === " ";

/**
 * The places of a large story as clusters, drawn from an index built off the page's thread. Only
 * what is in view is drawn, and each answer adds and removes only the markers that changed. A
 * cluster opens on click, Enter or Space: the map zooms to where it splits, and the focus moves to
 * the marker nearest its centre. A single place opens its popup like any marker.
 */
export function ClusteredMarkers({ places, selectedId, onSelect }: ClusteredMarkersProps) {
  const map = useMap();
  const choose = useRef(onSelect);
  const selected = useRef(selectedId);
  useEffect(() => {
    choose.current = onSelect;
    selected.current = selectedId;
  });

  useEffect(() => {
    // Usually already being built: the story's loader started it as the story was validated.
    const { packed, source } = takeClusterSource(places);
    const layers = new LayerGroup().addTo(map);
    const shown = new Map<string, Marker>();
    let latest = 0;
    let focusAfter: { near: LatLng; zoom: number } | null = null;

    const expand = (item: Extract<ClusterItem, { kind: "cluster" }>) => {
      void source.expansionZoom(item.clusterId).then((zoom) => {
        const centre = latLng(item.lat, item.lng);
        const target = Math.min(zoom, map.getMaxZoom());
        focusAfter = { near: centre, zoom: target };
        if (prefersReducedMotion()) map.setView(centre, target, { animate: false });
        else map.flyTo(centre, target, { duration: FLIGHT_SECONDS });
      });
    };

    const markerOf = (item: ClusterItem): Marker => {
      if (item.kind === "cluster") {
        const marker = new Marker([item.lat, item.lng], { icon: clusterIcon(item.count), title: clusterName(item.count), keyboard: true, riseOnHover: true });
        return marker.on("click", () => expand(item)).on("keydown", (event: LeafletKeyboardEvent) => {
          if (!opens(event)) return;
          event.originalEvent.preventDefault();
          expand(item);
        });
      }
      const place = places[packed.placeIndexes[item.point]!]!;
      const at: LatLngTuple = [item.lat, item.lng];
      const icon = placeIcon(place, false);
      (icon.options.html as HTMLElement).classList.toggle("place-marker--selected", place.id === selected.current);
      const marker = new Marker(at, { icon, keyboard: true, riseOnHover: true });
      return marker.on("click", () => choose.current(place.id, at)).on("keydown", (event: LeafletKeyboardEvent) => {
        if (!opens(event)) return;
        event.originalEvent.preventDefault();
        choose.current(place.id, at);
      });
    };

    const focusNearest = (near: LatLng) => {
      const target = map.latLngToContainerPoint(near);
      let nearest: Marker | null = null;
      let best = Infinity;
      for (const marker of shown.values()) {
        const distance = map.latLngToContainerPoint(marker.getLatLng()).distanceTo(target);
        if (distance < best) [nearest, best] = [marker, distance];
      }
      nearest?.getElement()?.focus({ preventScroll: true });
    };

    const draw = (items: ClusterItem[], zoom: number) => {
      const { added, removed } = diffClusters(new Set(shown.keys()), items);
      for (const key of removed) {
        const marker = shown.get(key);
        if (marker) layers.removeLayer(marker);
        shown.delete(key);
      }
      for (const item of added) {
        const marker = markerOf(item);
        layers.addLayer(marker);
        shown.set(item.key, marker);
      }
      // The cluster a keyboard user opened is gone; leave them at the marker nearest its centre.
      if (focusAfter && zoom >= focusAfter.zoom) {
        focusNearest(focusAfter.near);
        focusAfter = null;
      }
    };

    // Leaflet ends every zoom with a moveend too, so this one event covers pans and zooms.
    const query = () => {
      const serial = (latest += 1);
      const view = map.getBounds().pad(VIEW_MARGIN);
      const zoom = map.getZoom();
      void source.clusters([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], zoom).then((items) => {
        // An answer overtaken by a later move is dropped: only the newest view is drawn.
        if (serial === latest) draw(items, zoom);
      });
    };
    query();
    map.on("moveend resize", query);
    return () => {
      map.off("moveend resize", query);
      latest = Number.NaN;
      layers.remove();
      source.dispose();
    };
  }, [map, places]);

  // Selection changes a class rather than the icon, so a focused marker keeps its element and focus.
  useEffect(() => {
    for (const element of map.getContainer().querySelectorAll<HTMLElement>(".leaflet-marker-pane .place-marker[data-place-id]")) {
      element.classList.toggle("place-marker--selected", element.dataset.placeId === selectedId);
    }
  }, [map, selectedId]);

  return null;
}
