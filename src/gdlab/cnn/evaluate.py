"""Evaluating the Net: mean loss and accuracy over batches (evaluate, used after every epoch), and
accuracy per class, as the PyTorch CIFAR-10 tutorial ends: "Accuracy for class: plane is 57.3 %".

One overall accuracy hides which classes the Net gets wrong (in the tutorial's run, cats far more
often than cars); counting right answers per true class shows it.
    accuracy_c = 100 * (images of class c predicted as c) / (images of class c)
"""
import torch

from gdlab.cnn import distributed
from gdlab.errors import GdlabError
from gdlab.i18n import text


@torch.no_grad()
def evaluate(model, batches, criterion, device, *, amp=False, world=None):
    """Mean loss and accuracy over `batches`, and every predicted class (a tensor on the device).

    With a `world` (DDP) each process holds distributed.shard() of the images: the result is that
    of the whole set, predictions in its order, the same on every process.
    """
    model.eval()
    loss_sum = torch.zeros((), device=device)
    predicted = []
    labels_all = []
    for images, labels in batches:
        with torch.autocast(device_type=device.type, dtype=torch.float16, enabled=amp):
            logits = model(images)
        loss_sum += criterion(logits.float(), labels) * len(labels)
        predicted.append(logits.argmax(dim=1))
        labels_all.append(labels)
    predicted, labels_all = torch.cat(predicted), torch.cat(labels_all)
    totals = torch.stack([loss_sum, (predicted == labels_all).sum().to(loss_sum.dtype),
                          torch.tensor(float(len(labels_all)), device=device)])
    if world is not None:                # each process evaluated its share: add the shares up
        totals = distributed.sum_over_processes(totals)
        predicted = distributed.gather_shards(predicted, int(totals[2]), world)
    total, right, count = totals.tolist()
    return {"loss": total / count, "accuracy": right / count}, predicted




def class_accuracy(predicted, labels, classes):
    """{class name: percent} from predicted and true labels (two (N,) int tensors).

    A class with no images is left out: its accuracy is undefined (not 0).
    """
    predicted, labels = torch.as_tensor(predicted).cpu(), torch.as_tensor(labels).cpu()
    bad = labels[(labels < 0) | (labels >= len(classes))]
    if len(bad):
        raise GdlabError(text("training.evaluate.label_without_class", label=int(bad[0]), count=len(classes),
                              classes=list(classes), last=len(classes) - 1))
    total = torch.bincount(labels, minlength=len(classes))                       # (classes,)
    correct = torch.bincount(labels[predicted == labels], minlength=len(classes))  # (classes,)
    return {str(name): 100.0 * int(correct[c]) / int(total[c])
            for c, name in enumerate(classes) if int(total[c]) > 0}


@torch.no_grad()
def per_class_accuracy(model, loader, classes, device="cpu"):
    """Percent of each class's images that `model` puts in that class: {class name: percent}.

    `loader` yields (images, labels) batches (a DataLoader, or DeviceBatches); `classes` names the
    labels 0, 1, ... (CIFAR10_CLASSES, or "0".."9" for the digits). Each batch goes to `device`,
    where the model must already be. The model is put in eval mode and back as it was.
    Classes with no images in `loader` are left out.
    """
    was_training = model.training
    model.eval()
    predicted, labels = [], []
    for images, batch_labels in loader:
        predicted.append(model(images.to(device)).argmax(dim=1).cpu())        # (B,) the top score
        labels.append(torch.as_tensor(batch_labels).cpu())
    model.train(was_training)
    if not labels:
        raise GdlabError(text("training.evaluate.empty_loader"))
    return class_accuracy(torch.cat(predicted), torch.cat(labels), classes)


def accuracy_lines(accuracy, classes=()):
    """The tutorial's lines, one per class; then the classes of `classes` that had no images."""
    lines = [text("training.evaluate.class_accuracy", name=str(name), percent=percent)
             for name, percent in accuracy.items()]
    absent = [str(name) for name in classes if str(name) not in accuracy]
    if absent:
        lines.append(text("training.evaluate.absent_classes", classes=", ".join(absent)))
    return lines
