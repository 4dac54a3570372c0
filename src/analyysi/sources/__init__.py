"""Where documents and lists come from: programme project-list exports."""
