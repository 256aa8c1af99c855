package generation

import "github.com/frontierhq/frontier/app/route"

// Register adds the generation module's routes, each with the permission it needs.
func Register(t *route.Table, h *Handler) {
	t.GET("/generate", h.showGenerate, route.Need("content", "write"))
	t.POST("/generate", h.startGeneration, route.Need("content", "write"))
	t.GET("/generate/dates", h.showDates, route.Need("content", "write"))
	t.GET("/generate/stream/:id", h.streamGeneration, route.Need("content", "write"))

	t.GET("/library", h.showLibrary, route.Need("content", "read"))
	t.GET("/library/:id", h.showContent, route.Need("content", "read"))
	t.POST("/library/:id/edit", h.editContent, route.Need("content", "write"))
	t.POST("/library/:id/rate", h.rateContent, route.Need("content", "write"))
	t.POST("/library/:id/delete", h.deleteContent, route.Need("content", "write"))

	t.GET("/brand-voices", h.showVoices, route.Need("brands", "manage"))
	t.POST("/brand-voices", h.saveVoice, route.Need("brands", "manage"))
	t.POST("/brand-voices/routing", h.saveRouting, route.Need("workspace", "manage"))
	t.POST("/brand-voices/:id", h.saveVoice, route.Need("brands", "manage"))
	t.POST("/brand-voices/:id/delete", h.deleteVoice, route.Need("brands", "manage"))

	t.GET("/admin/providers", h.showProviders, route.Need("providers", "manage"))
	t.POST("/admin/providers/:name", h.saveProvider, route.Need("providers", "manage"))
	t.POST("/admin/providers/:name/reset", h.resetProvider, route.Need("providers", "manage"))

	t.POST("/api/v1/generate-content", h.generateContent, route.Need("content", "write"))
	t.GET("/api/v1/contents", h.listContents, route.Need("content", "read"))
	t.GET("/api/v1/contents/:id", h.getContent, route.Need("content", "read"))
	t.POST("/api/v1/contents/:id/feedback", h.addFeedback, route.Need("content", "write"))
}
