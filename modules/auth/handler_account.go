package auth

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/locales"
	view "github.com/frontierhq/frontier/templates/auth"
	"github.com/frontierhq/frontier/templates/components"
)

func (h *Handler) showAccount(c echo.Context) error {
	return h.renderAccount(c, http.StatusOK, nil)
}

func (h *Handler) renderAccount(c echo.Context, status int, pwErrors map[string]string) error {
	a := current(c)
	u, err := h.svc.User(c.Request().Context(), a.UserID)
	if err != nil {
		return err
	}
	lang := components.SelectInput{Name: "language", Label: tr(c).T("auth.field.language")}
	for _, l := range locales.Languages() {
		lang.Options = append(lang.Options, components.Option{Value: l.Code, Label: l.Name, Selected: l.Code == u.Language})
	}
	v := view.AccountView{CSRF: h.render.CSRF(c), Name: u.Name, Email: u.Email, Language: lang, PasswordErrors: pwErrors}
	return h.render.Page(c, status, tr(c).T("auth.account.title"), "", view.Account(v))
}

func (h *Handler) saveLanguage(c echo.Context) error {
	lang := c.FormValue("language")
	if err := h.svc.SetLanguage(c.Request().Context(), current(c).UserID, lang); err != nil {
		return err
	}
	h.setLanguageCookie(c, lang)
	h.render.Flash(c, "success", "auth.account.language_saved")
	return seeOther(c, "/account")
}

func (h *Handler) changePassword(c echo.Context) error {
	err := h.svc.ChangePassword(c.Request().Context(), current(c).UserID, c.FormValue("current_password"), c.FormValue("password"))
	if err != nil {
		fields, err := fieldErrors(c, err)
		if err != nil {
			return err
		}
		return h.renderAccount(c, http.StatusUnprocessableEntity, fields)
	}
	h.render.Flash(c, "success", "auth.account.password_changed")
	return seeOther(c, "/account")
}
