"""Few-shot prompting: demonstrations from the training rows before each input. `knn` picks,
for every input, its nearest training example of each label (MiniLM embeddings in a Chroma
collection through LangChain; Liu et al. 2021), so the prompt stays balanced (small models
copy the majority label). The examples stand in the label set's own order, not by
similarity: a small model copies the last example's label (Zhao et al. 2021), and with the
same label always last that pull is the same for every input, so calibration removes it;
most similar last made it follow the nearest neighbour instead (SST-2 tuning splits, seeds
100-104: 0.706 -> 0.741; on the report splits no measurable change, README note 5). With
more labels than fit in a prompt the nearest examples come whatever their label, most similar
last. `random` draws one fixed balanced set. Calibrated as zero-shot is, with leave-one-out
demonstrations on the training rows, so no held-out row is used."""

from __future__ import annotations

import random
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from adapters.data import Example
from adapters.predict import (
    EndpointPredictor,
    LMPredictor,
    Predictor,
    calibration,
    prior_from,
)
from adapters.registry import Fit, Shape, Technique, TechniqueConfig, Work
from adapters.techniques.base import answer_decoding, scored_tokens
from adapters.techniques.zero_shot import endpoint_record
from adapters.trial import Trial
from tailor.embeddings import embedder
from tailor.errors import TailorError
from tailor.pricing import Serving


@dataclass(frozen=True)
class FewShotConfig(TechniqueConfig):
    VARIANTS = ("knn", "random")
    k: int | None = None  # demonstrations per label (classification, 1) or in all (4)

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.k is not None and self.k < 1:
            raise TailorError(f"Few-shot needs at least one demonstration (got k={self.k}).")


MAX_DEMOS = 8  # demonstrations in one prompt, at most


def demos_per_query(config: FewShotConfig, classification: bool) -> int:
    return config.k or (1 if classification else 4)


class DemoPool:
    """The training rows in an in-memory Chroma collection, and the selection rule."""

    def __init__(self, trial: Trial, pool: list[Example], config: FewShotConfig) -> None:
        from langchain_chroma import Chroma

        self.trial, self.pool, self.config = trial, pool, config
        self.k = demos_per_query(config, trial.labels is not None)
        self.store = Chroma(collection_name=f"demos-{uuid.uuid4().hex[:12]}",
                            embedding_function=embedder(trial.settings.embeddings),
                            collection_metadata={"hnsw:space": "cosine"})
        if config.variant == "knn":
            self.store.add_texts([e.input for e in pool], ids=[str(i) for i in range(len(pool))],
                                 metadatas=[{"output": e.output, "idx": i}
                                            for i, e in enumerate(pool)])

    def _groups(self) -> list[str | None]:
        """One group per label (so each label gets its demonstrations), unless that would
        make the prompt longer than MAX_DEMOS: then the nearest examples whatever their
        label (twenty labels with one example each would triple every prompt's length)."""
        if self.trial.labels is None or len(self.trial.task.labels) * self.k > MAX_DEMOS:
            return [None]
        return list(self.trial.task.labels)

    @property
    def per_group(self) -> int:
        return self.k if self._groups() != [None] or self.trial.labels is None else MAX_DEMOS

    def select(self, queries: list[str], leave_out: list[int] | None = None
               ) -> list[list[Example]]:
        """Demonstrations for each query; `leave_out[i]` is a pool index query i may not use."""
        if self.config.variant == "random":
            rng = random.Random(self.trial.config.seed)
            fixed = []
            for g in self._groups():
                members = [i for i, e in enumerate(self.pool) if g is None or e.output == g]
                fixed += rng.sample(members, min(self.per_group, len(members)))
            return [[self.pool[i] for i in fixed if not (leave_out and i == leave_out[q])]
                    for q in range(len(queries))]
        vectors = self.store.embeddings.embed_documents(queries)
        chosen = []
        for qi, vector in enumerate(vectors):
            picks = []
            for g in self._groups():
                where: list[dict] = [{"output": g}] if g is not None else []
                if leave_out is not None:
                    where.append({"idx": {"$ne": leave_out[qi]}})
                flt = None if not where else where[0] if len(where) == 1 else {"$and": where}
                picks += self.store.similarity_search_by_vector_with_relevance_scores(
                    vector, k=self.per_group, filter=flt)
            picks.sort(key=lambda p: -p[1])  # Chroma's cosine distance: most similar last
            if self._groups() != [None]:  # then in the label set's order (see the docstring)
                order = {label: i for i, label in enumerate(self.trial.task.labels)}
                picks.sort(key=lambda p: order[p[0].metadata["output"]])
            chosen.append([self.pool[int(doc.metadata["idx"])] for doc, _ in picks])
        return chosen

    def close(self) -> None:
        self.store.delete_collection()


class FewShotPredictor(LMPredictor):
    def __init__(self, trial: Trial, pool: DemoPool, prior=None) -> None:
        fmt = trial.fmt
        super().__init__(trial, trial.base.model, prior=prior, prompt=lambda texts: [
            fmt.prompt(t, d) for t, d in zip(texts, pool.select(texts), strict=True)])
        self.pool = pool

    def close(self) -> None:
        self.pool.close()


class RemoteFewShot(EndpointPredictor):
    """The same demonstrations, as earlier chat turns on the founder's endpoint."""

    def __init__(self, trial: Trial, pool: DemoPool) -> None:
        super().__init__(trial, demos=pool.select)
        self.pool = pool

    def close(self) -> None:
        self.pool.close()


class FewShot(Technique):
    id = "few_shot"
    name = "Few-shot prompt (kNN)"
    family = "prompt_engineering"
    config_class = FewShotConfig
    serving = Serving.VENDOR
    color = "#0ea5e9"
    default_on = True
    stands_for_family = True
    prepare_label = "indexing and calibration"
    endpoint_capable = True

    def label(self, variant: str) -> str:
        return self.name if variant == "knn" else "Few-shot prompt (fixed random)"

    def fit(self, trial: Trial, config: FewShotConfig, out: Path) -> Fit:
        start = time.perf_counter()
        train = trial.split.train
        pool = DemoPool(trial, train, config)
        if trial.uses_endpoint(self.id):
            trial.save_prompt(out, self.id, variant=config.variant, demos_per_query=pool.k,
                              pool=[asdict(e) for e in train], calibration=None,
                              endpoint=endpoint_record(trial))
            return Fit(RemoteFewShot(trial, pool), seconds=time.perf_counter() - start)
        predictor = FewShotPredictor(trial, pool)
        try:
            if trial.labels is not None:
                demos = pool.select([e.input for e in train], leave_out=list(range(len(train))))
                prompts = [trial.fmt.prompt(e.input, d) for e, d in zip(train, demos, strict=True)]
                from adapters import scoring

                predictor.prior = predictor.raw_logprobs(
                    scoring.encode(trial.tok, prompts)).mean(0)
        except BaseException:
            pool.close()
            raise
        trial.save_prompt(out, self.id, variant=config.variant,
                          demos_per_query=pool.k, pool=[asdict(e) for e in train],
                          calibration=calibration(trial, predictor.prior))
        return Fit(predictor, seconds=time.perf_counter() - start)

    def load(self, trial: Trial, artifact: Path) -> Predictor:
        saved = trial.read_prompt(artifact)
        config = FewShotConfig(variant=saved["variant"], k=saved["demos_per_query"])
        pool = DemoPool(trial, [Example(**e) for e in saved["pool"]], config)
        if saved.get("endpoint"):
            return RemoteFewShot(trial, pool)
        return FewShotPredictor(trial, pool, prior_from(trial, saved["calibration"]))

    def work(self, shape: Shape, config: FewShotConfig) -> Work:
        demos = min(MAX_DEMOS, demos_per_query(config, shape.classification)
                    * max(1, shape.n_labels))
        demo_tokens = shape.prompt_tokens - shape.instruction_tokens + shape.answer_tokens + 2
        prompt = shape.prompt_tokens + demos * demo_tokens
        calib = shape.n_train if shape.classification else 0
        per = scored_tokens(shape, prompt)
        generated, steps = answer_decoding(shape, shape.n_eval)
        return Work(prompt_tokens=prompt, eval_tokens=per * shape.n_eval,
                    prepare_tokens=per * calib, generated_tokens=generated, decode_steps=steps,
                    embedded_texts=shape.n_train + shape.n_eval + calib)
