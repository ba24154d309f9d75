/**
 * Says on the page that the app's script could not be loaded (a network failure, a site missing
 * files): without it the page would keep its loading message, or an early map whose panels never
 * come, and say nothing.
 * @param root - the page's app element, holding the boot message, beside the early view
 * @param theme - `?theme=`, which the message follows as the app would
 */
export function showStartProblem(root: HTMLElement, error: unknown, theme: string): void {
  const problem = document.createElement("p");
  problem.className = "boot-problem";
  problem.dataset.theme = theme;
  problem.setAttribute("role", "alert");
  const why = error instanceof Error ? error.message : String(error);
  problem.textContent = `The map's app could not be loaded (${why}). Check the connection and reload the page.`;
  const bootMessage = root.querySelector(".boot-message");
  if (bootMessage) bootMessage.replaceWith(problem);
  else root.append(problem);
}
