package generation

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/frontierhq/frontier/app/admit"
)

// Job is a generation running in the background for a browser that follows it over
// server-sent events. Its result is saved like any other; the job itself only carries the
// stream and is forgotten a few minutes after it ends.
type Job struct {
	ID          string
	WorkspaceID string

	mu       sync.Mutex
	chunks   []Chunk
	done     bool
	result   Result
	err      error
	changed  chan struct{}
	finished time.Time
}

// jobKeep is how long a finished job stays readable (a reconnecting browser).
const jobKeep = 5 * time.Minute

type jobs struct {
	mu sync.Mutex
	m  map[string]*Job
}

func newJobs() *jobs { return &jobs{m: map[string]*Job{}} }

func (js *jobs) add(j *Job) {
	js.mu.Lock()
	defer js.mu.Unlock()
	now := time.Now()
	for id, old := range js.m {
		old.mu.Lock()
		gone := old.done && now.Sub(old.finished) > jobKeep
		old.mu.Unlock()
		if gone {
			delete(js.m, id)
		}
	}
	js.m[j.ID] = j
}

func (js *jobs) get(id string) (*Job, bool) {
	js.mu.Lock()
	defer js.mu.Unlock()
	j, ok := js.m[id]
	return j, ok
}

func (j *Job) push(c Chunk) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.chunks = append(j.chunks, c)
	close(j.changed)
	j.changed = make(chan struct{})
}

func (j *Job) finish(r Result, err error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.done, j.result, j.err, j.finished = true, r, err, time.Now()
	close(j.changed)
	j.changed = make(chan struct{})
}

// Next waits until chunks beyond the first `from` exist or the job ends, and returns them. When
// done is true the result and error are final.
func (j *Job) Next(ctx context.Context, from int) (chunks []Chunk, done bool, r Result, err error) {
	for {
		j.mu.Lock()
		if len(j.chunks) > from || j.done {
			chunks = append([]Chunk(nil), j.chunks[min(from, len(j.chunks)):]...)
			done, r, err = j.done, j.result, j.err
			j.mu.Unlock()
			return chunks, done, r, err
		}
		wait := j.changed
		j.mu.Unlock()
		select {
		case <-wait:
		case <-ctx.Done():
			return nil, false, Result{}, ctx.Err()
		}
	}
}

// Start validates the brief and runs the generation in the background, returning the job the
// browser follows. Invalid input returns *apperr.Validation and starts nothing.
func (s *Service) Start(ctx context.Context, who Caller, b Brief) (*Job, error) {
	if _, _, err := s.validate(ctx, who.WorkspaceID, normalize(b)); err != nil {
		return nil, err
	}
	j := &Job{ID: uuid.NewString(), WorkspaceID: who.WorkspaceID, changed: make(chan struct{})}
	s.jobs.add(j)
	go func() {
		// The generation outlives the request that started it (the browser follows the stream),
		// so it holds none of that request's admission slot.
		r, err := s.Generate(admit.Detach(context.WithoutCancel(ctx)), who, b, j.push)
		if err != nil {
			s.log.Warn("generation failed", "job", j.ID, "err", err)
		}
		j.finish(r, err)
	}()
	return j, nil
}

// Job returns a running or recent job of the workspace.
func (s *Service) Job(workspaceID, id string) (*Job, error) {
	j, ok := s.jobs.get(id)
	if !ok || j.WorkspaceID != workspaceID {
		return nil, fmt.Errorf("%w: %s", ErrJobGone, id)
	}
	return j, nil
}
