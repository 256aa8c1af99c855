package generation

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
)

// sealer encrypts provider API keys with AES-256-GCM under a key derived (HKDF-SHA256) from
// the app secret, so a database dump alone does not reveal them.
type sealer struct {
	aead cipher.AEAD
}

const sealerInfo = "frontier/generation/provider-api-keys"

func newSealer(secret []byte) (sealer, error) {
	if len(secret) < 16 {
		return sealer{}, errors.New("generation: the app secret is too short to derive a key")
	}
	key, err := hkdf.Key(sha256.New, secret, nil, sealerInfo, 32)
	if err != nil {
		return sealer{}, fmt.Errorf("generation: derive key: %w", err)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return sealer{}, fmt.Errorf("generation: cipher: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return sealer{}, fmt.Errorf("generation: cipher: %w", err)
	}
	return sealer{aead: aead}, nil
}

// seal returns nonce || ciphertext; the provider name is authenticated with it so a sealed key
// cannot be moved to another provider's row.
func (s sealer) seal(name, plain string) ([]byte, error) {
	nonce := make([]byte, s.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("generation: nonce: %w", err)
	}
	return s.aead.Seal(nonce, nonce, []byte(plain), []byte(name)), nil
}

func (s sealer) open(name string, sealed []byte) (string, error) {
	n := s.aead.NonceSize()
	if len(sealed) < n {
		return "", errors.New("generation: sealed key too short")
	}
	plain, err := s.aead.Open(nil, sealed[:n], sealed[n:], []byte(name))
	if err != nil {
		return "", fmt.Errorf("generation: open %s key (was the app secret changed?): %w", name, err)
	}
	return string(plain), nil
}
