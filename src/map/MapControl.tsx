import { Control, DomEvent, DomUtil, type ControlPosition } from "leaflet";
import { useEffect, useMemo, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { useMap } from "react-leaflet";

interface MapControlProps {
  /** Immutable: where the control sits is fixed when it mounts. */
  position: ControlPosition;
  className?: string;
  children: ReactNode;
}

/** A Leaflet control whose content React renders, so no control is built from HTML strings. */
export function MapControl({ position, className = "", children }: MapControlProps) {
  const map = useMap();
  const element = useMemo(() => {
    const container = DomUtil.create("div", `leaflet-bar map-control ${className}`);
    DomEvent.disableClickPropagation(container);
    DomEvent.disableScrollPropagation(container);
    return container;
  }, [className]);
  useEffect(() => {
    const control = new Control({ position });
    control.onAdd = () => element;
    control.addTo(map);
    return () => {
      control.remove();
    };
  }, [map, position, element]);
  return createPortal(children, element);
}
