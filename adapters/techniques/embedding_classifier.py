"""The cheapest honest baseline for classification: the bundled sentence embeddings
(all-MiniLM-L6-v2) and scikit-learn's logistic regression. No language model at all: it
trains in about a second and serves on any CPU. When it matches the tuned LLMs, it is
enough (SetFit, Tunstall et al. 2022, makes the same point with a fine-tuned encoder)."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from adapters.predict import Answers, Predictor
from adapters.registry import Fit, Shape, Technique, TechniqueConfig, Work
from adapters.trial import Trial
from tailor.embeddings import embedder
from tailor.errors import TailorError
from tailor.pricing import Serving

EMBEDDING_DIM = 384  # all-MiniLM-L6-v2
MINILM_PARAMS = 22_713_216


@dataclass(frozen=True)
class EmbeddingClassifierConfig(TechniqueConfig):
    VARIANTS = ("logistic_regression",)
    c: float = 4.0  # inverse regularisation strength: few rows want a light hand

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.c > 0:
            raise TailorError(f"The regularisation strength C must be positive (got {self.c}).")


class EmbeddingPredictor(Predictor):
    def __init__(self, trial: Trial, model) -> None:
        self.trial, self.model = trial, model
        self.embed = embedder(trial.settings.embeddings)

    def predict(self, texts: list[str]) -> Answers:
        vectors = np.asarray(self.embed.embed_documents(texts))
        # predict_log_proba orders columns by model.classes_; the trial's order is by name.
        order = [list(self.model.classes_).index(n) for n in self.trial.labels.names]
        logp = torch.tensor(self.model.predict_log_proba(vectors)[:, order], dtype=torch.float32)
        names = self.trial.labels.names
        return Answers([names[i] for i in logp.argmax(1).tolist()], logp, [0] * len(texts))


class EmbeddingClassifier(Technique):
    id = "embedding_classifier"
    name = "Embedding classifier"
    family = "baseline"
    config_class = EmbeddingClassifierConfig
    serving = Serving.CPU
    color = "#78716c"
    default_on = True
    tasks = ("classification",)
    prepare_label = "embedding and fitting"

    def fit(self, trial: Trial, config: EmbeddingClassifierConfig, out: Path) -> Fit:
        from sklearn.linear_model import LogisticRegression

        start = time.perf_counter()
        train = trial.split.train
        vectors = np.asarray(embedder(trial.settings.embeddings).embed_documents(
            [e.input for e in train]))
        model = LogisticRegression(C=config.c, max_iter=2000, class_weight="balanced")
        model.fit(vectors, [e.output for e in train])
        # Plain numbers, not a pickle: anyone can load it, and loading runs no code.
        (out / "classifier.json").write_text(json.dumps({
            "embeddings": "sentence-transformers/all-MiniLM-L6-v2", "normalized": True,
            "classes": list(model.classes_), "coef": model.coef_.tolist(),
            "intercept": model.intercept_.tolist(), "C": config.c}, ensure_ascii=False),
            encoding="utf-8")
        trial.save_prompt(out, self.id, variant=config.variant)
        return Fit(EmbeddingPredictor(trial, model), seconds=time.perf_counter() - start)

    def load(self, trial: Trial, artifact: Path) -> Predictor:
        from sklearn.linear_model import LogisticRegression

        saved = json.loads((Path(artifact) / "classifier.json").read_text(encoding="utf-8"))
        model = LogisticRegression()
        model.classes_ = np.array(saved["classes"])
        model.coef_, model.intercept_ = np.array(saved["coef"]), np.array(saved["intercept"])
        return EmbeddingPredictor(trial, model)

    def model_name(self, base_model_id: str) -> str:
        return "all-MiniLM-L6-v2 + logistic regression"

    def how_to_load(self, base_id: str) -> str:
        return ("No language model: `classifier.json` holds a logistic regression over "
                "all-MiniLM-L6-v2 sentence embeddings (normalised).\n\n```python\n"
                "import json, numpy as np\n"
                "from sentence_transformers import SentenceTransformer\n"
                'c = json.load(open("classifier.json"))\n'
                'embed = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")\n'
                'x = embed.encode(["your text"], normalize_embeddings=True)\n'
                'scores = x @ np.array(c["coef"]).T + np.array(c["intercept"])\n'
                'label = c["classes"][int(scores.argmax())] if len(c["classes"]) > 2 else '
                'c["classes"][int(scores[0, 0] > 0)]\n```')

    def work(self, shape: Shape, config: EmbeddingClassifierConfig) -> Work:
        return Work(prompt_tokens=0.0, embedded_texts=shape.n_train + shape.n_eval)

    def trainable_params(self, model: torch.nn.Module, config: EmbeddingClassifierConfig,
                         shape: Shape) -> int:
        classes = shape.n_labels if shape.n_labels > 2 else 1
        return classes * (EMBEDDING_DIM + 1)

    def total_params(self, model: torch.nn.Module, config: EmbeddingClassifierConfig,
                     shape: Shape) -> int:
        return MINILM_PARAMS + self.trainable_params(model, config, shape)
