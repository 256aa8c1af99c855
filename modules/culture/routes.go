package culture

import (
	"github.com/frontierhq/frontier/app/route"
)

// Register adds the culture module's routes, each with the permission it needs: reading
// profiles, the lexicon and the calendar is culture:read, the checker and adapter culture:use,
// every change culture:manage.
func Register(t *route.Table, h *Handler) {
	read, use, manage := route.Need("culture", "read"), route.Need("culture", "use"), route.Need("culture", "manage")

	t.GET("/culture", h.showProfiles, read)
	t.GET("/culture/profiles/:country", h.showProfile, read)
	t.GET("/culture/profiles/:country/edit", h.showProfileEdit, manage)
	t.POST("/culture/profiles/:country", h.updateProfile, manage)
	t.GET("/culture/profiles/:country/history", h.showProfileHistory, read)
	t.POST("/culture/profiles/:country/revert/:version", h.revertProfile, manage)

	t.GET("/culture/lexicon", h.showLexicon, read)
	t.GET("/culture/lexicon/:key", h.showConcept, read)
	t.GET("/culture/lexicon/:key/edit", h.showConceptEdit, manage)
	t.POST("/culture/lexicon/:key", h.updateConcept, manage)
	t.GET("/culture/lexicon/:key/history", h.showConceptHistory, read)
	t.POST("/culture/lexicon/:key/revert/:version", h.revertConcept, manage)

	t.GET("/culture/check", h.showCheck, use)
	t.POST("/culture/check", h.check, use)
	t.POST("/culture/adapt", h.adapt, use)
	t.GET("/culture/calendar", h.showCalendar, read)

	t.POST("/api/v1/culture/check", h.apiCheck, use)
	t.POST("/api/v1/culture/adapt", h.apiAdapt, use)
	t.GET("/api/v1/culture/profiles", h.apiProfiles, read)
	t.GET("/api/v1/culture/profiles/:country", h.apiProfile, read)
	t.GET("/api/v1/culture/calendar", h.apiCalendar, read)
}
