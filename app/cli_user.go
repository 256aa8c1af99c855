package app

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/config"
	"github.com/frontierhq/frontier/modules/auth"
)

// userCommand is `frontier user create|set-password`, for operators.
func userCommand(ctx context.Context, cfg config.Config, log *slog.Logger, args []string, stdout io.Writer) error {
	usage := errors.New("usage: frontier user create --email E --name N [--admin] [--password-stdin] | frontier user set-password --email E [--password-stdin]")
	if len(args) == 0 {
		return usage
	}
	fs := flag.NewFlagSet("user "+args[0], flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	email := fs.String("email", "", "email address")
	name := fs.String("name", "", "full name")
	admin := fs.Bool("admin", false, "platform admin")
	fromStdin := fs.Bool("password-stdin", false, "read the password from the first line of standard input")
	if err := fs.Parse(args[1:]); err != nil {
		return fmt.Errorf("%v\n%w", err, usage)
	}
	if *email == "" {
		return usage
	}
	password := ""
	if *fromStdin {
		line, err := bufio.NewReader(os.Stdin).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		password = strings.TrimRight(line, "\r\n")
	}
	a, err := New(ctx, cfg, log, stdout)
	if err != nil {
		return err
	}
	defer a.Close()
	generated := password == ""
	if generated {
		password = auth.OneTimePassword()
	}
	switch args[0] {
	case "create":
		u, err := a.auth.CreateUser(ctx, auth.NewUser{Email: *email, Name: *name, Password: password, Admin: *admin})
		if err != nil {
			return describe(a, err)
		}
		fmt.Fprintf(stdout, "created %s (%s)\n", u.Email, u.ID)
	case "set-password":
		u, err := a.auth.UserByEmail(ctx, *email)
		if err != nil {
			return err
		}
		if err := a.auth.SetPassword(ctx, u.ID, password); err != nil {
			return describe(a, err)
		}
		fmt.Fprintf(stdout, "password set for %s\n", u.Email)
	default:
		return usage
	}
	if generated {
		fmt.Fprintf(stdout, "one-time password: %s\n", password)
	}
	return nil
}

// describe turns a validation error into English lines for the terminal.
func describe(a *App, err error) error {
	v, ok := apperr.AsValidation(err)
	if !ok {
		return err
	}
	tr := a.catalog.Translator("en")
	var lines []string
	for field, m := range v.Fields {
		lines = append(lines, "--"+field+": "+tr.TMap(m.ID, m.Args))
	}
	return errors.New(strings.Join(lines, "\n"))
}
