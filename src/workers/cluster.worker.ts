/** Builds and queries the cluster index off the page's thread; all of its logic is clusterIndex.ts. */
import { clusterResponder, type ClusterReply, type ClusterRequest } from "../geo/clusterIndex";

/** The worker's global scope, as far as it is used here (the DOM typings describe a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ClusterRequest>) => void) | null;
  postMessage(message: ClusterReply): void;
}

const scope = self as unknown as WorkerScope;
const respond = clusterResponder();
scope.onmessage = (event) => {
  const reply = respond(event.data);
  if (reply) scope.postMessage(reply);
};
