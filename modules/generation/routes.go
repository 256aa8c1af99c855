package generation

import "github.com/frontierhq/frontier/app/route"

// Register adds the generation module's routes, each with the permission it needs.
func Register(t *route.Table, h *Handler) {
	t.POST("/api/v1/generate-content", h.generateContent, route.Need("content", "write"))
	t.GET("/api/v1/contents", h.listContents, route.Need("content", "read"))
	t.GET("/api/v1/contents/:id", h.getContent, route.Need("content", "read"))
	t.POST("/api/v1/contents/:id/feedback", h.addFeedback, route.Need("content", "write"))
}
